/** The mentions French invoices carry unless the invoice overrides them. */
export const frenchLegalMentions = {
  discount_conditions: "Pas d'escompte pour paiement anticipé.",
  late_payment_penalties:
    "En cas de non-paiement à la date d'échéance, des pénalités calculées à trois fois le taux d'intérêt légal seront appliquées.",
  legal_fixed_compensation: 'Tout retard de paiement entraînera une indemnité forfaitaire pour frais de recouvrement de 40€.',
} as const;
