"""Attachments of the open incident: add, view, save copies with metadata stripped."""
