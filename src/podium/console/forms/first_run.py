from django.contrib.auth.forms import UserCreationForm


class FirstAccountForm(UserCreationForm):
    """User name, optional e-mail address and the password twice (Django's checks)."""

    class Meta(UserCreationForm.Meta):
        fields = ["username", "email"]
        help_texts = {"email": "Optional: where “Forgot your password?” sends its link."}
