"""Pre-GraphQL REST API, kept for the browser extension (v1). Do not extend."""
