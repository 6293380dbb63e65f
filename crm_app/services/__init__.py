"""Use cases. Each runs in one transaction and returns frozen records."""
