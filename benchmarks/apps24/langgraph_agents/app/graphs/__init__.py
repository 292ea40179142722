from app.graphs.builders import build_refund_graph, build_supervisor_graph, build_triage_graph

__all__ = ["build_refund_graph", "build_supervisor_graph", "build_triage_graph"]
