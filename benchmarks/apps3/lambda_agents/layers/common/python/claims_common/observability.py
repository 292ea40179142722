"""Powertools logger, tracer and metrics shared by all handlers."""
from aws_lambda_powertools import Logger, Metrics, Tracer

SERVICE_NAME = "claims-assistant"

logger = Logger(service=SERVICE_NAME)
tracer = Tracer(service=SERVICE_NAME)
metrics = Metrics(namespace="ClaimsAssistant", service=SERVICE_NAME)
