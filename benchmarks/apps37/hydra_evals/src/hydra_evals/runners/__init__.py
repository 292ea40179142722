from .eval_runner import EvalReport, EvalRunner, load_task

__all__ = ["EvalReport", "EvalRunner", "load_task"]
