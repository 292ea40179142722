"""Pre-Bytewax consumer. Still runs for the 'enterprise' tenants until ENRICH-180 lands."""
