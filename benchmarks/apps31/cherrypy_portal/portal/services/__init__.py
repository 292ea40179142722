"""Service layer. Handlers should talk to these, not to SDKs directly."""
