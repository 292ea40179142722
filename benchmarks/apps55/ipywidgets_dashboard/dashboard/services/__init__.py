"""Service layer used by the widgets."""
from dashboard.services.chart_explainer import ChartExplainer
from dashboard.services.data_loader import DataLoader, Dataset
from dashboard.services.df_summarizer import DataFrameSummarizer
from dashboard.services.multi_model_service import TaskComplexity, multi_model_service
from dashboard.services.qa import QuestionAnswerer
from dashboard.services.sql_writer import SQLWriter

__all__ = [
    "ChartExplainer",
    "DataLoader",
    "Dataset",
    "DataFrameSummarizer",
    "QuestionAnswerer",
    "SQLWriter",
    "TaskComplexity",
    "multi_model_service",
]
