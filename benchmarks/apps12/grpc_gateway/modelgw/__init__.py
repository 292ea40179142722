"""modelgw: internal gRPC gateway in front of the hosted and local model vendors."""

__version__ = "0.14.2"
