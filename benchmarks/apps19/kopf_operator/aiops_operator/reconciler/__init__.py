from aiops_operator.reconciler.promptjob import PromptJobRunner
from aiops_operator.reconciler.status import Condition, set_condition, set_phase
from aiops_operator.reconciler.workload import WorkloadReconciler

__all__ = ["PromptJobRunner", "WorkloadReconciler", "Condition", "set_condition", "set_phase"]
