"""What the workshop's sub-areas share: the chosen workshop kept current, the amendment
dialog of a closed workshop, the gap view, the words of a round's progress, the QR code and
large type."""
