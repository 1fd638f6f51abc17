"""The leaders' weekly work schedule (lịch công tác), published through the workflow."""
