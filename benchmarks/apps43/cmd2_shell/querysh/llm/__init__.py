"""New LLM layer (WIP refactor, see #112). Will replace direct backend use in commands."""
from querysh.backends.registry import build_clients
from querysh.llm.cache import ResponseCache
from querysh.llm.router import TaskRouter

__all__ = ["ResponseCache", "TaskRouter", "build_clients"]
