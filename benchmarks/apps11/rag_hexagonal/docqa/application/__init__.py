"""Use cases. Depend on `docqa.ports` only."""
