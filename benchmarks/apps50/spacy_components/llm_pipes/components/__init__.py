"""spaCy factories and components.  Importing a module registers it."""
