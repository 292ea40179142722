"""WAMP procedure implementations.  The Backend session wires these up."""
from gateway.procedures.chat import ChatProcedures
from gateway.procedures.embed import EmbedService
from gateway.procedures.rerank import RerankService
from gateway.procedures.summarise import Summariser

__all__ = ["ChatProcedures", "EmbedService", "RerankService", "Summariser"]
