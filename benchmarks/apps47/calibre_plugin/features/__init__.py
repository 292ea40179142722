# Feature modules. Each one exposes plain functions that take a calibre
# Metadata object and return a result; jobs.py wires them into ThreadedJob.
