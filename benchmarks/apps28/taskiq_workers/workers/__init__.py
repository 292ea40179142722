"""Taskiq workers for the content pipeline.

Run with::

    taskiq worker workers.broker:broker workers.tasks
"""
