"""The People page: find a person, their incidents and cases, merge two records."""
