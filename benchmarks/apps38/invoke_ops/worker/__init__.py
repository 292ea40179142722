"""Queue worker that does the same work as the invoke tasks, asynchronously."""
