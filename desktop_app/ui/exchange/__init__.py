"""The Exchange page: send and receive bundles, receipts, conflicts, purge."""
