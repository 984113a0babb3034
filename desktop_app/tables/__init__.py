"""Archives that come from, or go to, other tools: spreadsheets (CSV, XLSX), Martus
bulletin XML, and tables for Uwazi. Plain Python, no Qt and no database: rows become
interchange objects, checked by ``core.interchange`` like any other input, and the
storage layer saves them."""
