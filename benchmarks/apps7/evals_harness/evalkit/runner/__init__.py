"""Runners: thread pool (default), asyncio, and provider batch APIs."""
