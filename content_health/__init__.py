"""The content-health report: what makes the site look neglected, with a link to fix it."""
