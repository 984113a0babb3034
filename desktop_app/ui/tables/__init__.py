"""The window's imports and exports of other tools' files: a spreadsheet (with a mapping
dialog), a Martus archive, a table for publication or for Uwazi."""
