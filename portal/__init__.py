"""Site-wide code of the portal: settings, Vietnamese text handling, media models, health."""
