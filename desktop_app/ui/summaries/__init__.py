"""The Summaries page: counts, cross-tables and charts, and their exports."""
