"""The roadmap area: steps toward closeness, at the person's own pace."""
