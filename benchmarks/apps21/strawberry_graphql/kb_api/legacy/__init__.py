"""REST endpoints from the pre-GraphQL era. The browser extension still calls these."""
