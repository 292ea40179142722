# Code from the 0.x releases, kept until the settings migration in 2.0.
