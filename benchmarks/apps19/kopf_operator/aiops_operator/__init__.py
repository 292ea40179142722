"""aiops-operator: reconciles AIWorkload / PromptJob resources."""

__version__ = "0.9.3"
