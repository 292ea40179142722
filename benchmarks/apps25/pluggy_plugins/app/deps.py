"""FastAPI dependencies: engine, pipeline and a few provider clients."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from huggingface_hub import AsyncInferenceClient

from docflow.engine import Engine
from docflow.pipeline import Pipeline
from docflow.providers import get_async_hf_client


def get_engine(request: Request) -> Engine:
    return request.app.state.engine


def get_pipeline(request: Request) -> Pipeline:
    return request.app.state.pipeline


def get_index(request: Request) -> dict:
    return request.app.state.index


def get_hf_async() -> AsyncInferenceClient:
    return get_async_hf_client()


EngineDep = Annotated[Engine, Depends(get_engine)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
IndexDep = Annotated[dict, Depends(get_index)]
HFDep = Annotated[AsyncInferenceClient, Depends(get_hf_async)]
