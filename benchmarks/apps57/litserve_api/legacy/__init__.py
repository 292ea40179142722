# Pre-LitServe FastAPI code. Being migrated into apis/ + pipeline/; do not add new callers.
