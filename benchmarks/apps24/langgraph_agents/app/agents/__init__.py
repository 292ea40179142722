"""Node implementations for the customer-ops graphs."""
