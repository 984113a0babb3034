"""The Incidents page: the list with its filters, the editor and its controller."""
