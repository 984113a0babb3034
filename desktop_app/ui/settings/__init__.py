"""The Settings page: language, idle lock, masking names."""
