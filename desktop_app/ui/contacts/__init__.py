"""The Contacts page: this install's card and the people whose cards were checked."""
