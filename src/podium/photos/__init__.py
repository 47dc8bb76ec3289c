"""Speaker photos uploaded in the console: checked, resized, stored and served."""
