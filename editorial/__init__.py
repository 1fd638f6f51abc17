"""The editorial board's process: roles, the review-edit-approve workflow with four eyes."""
