/** Okabe–Ito colours: distinguishable with the common forms of colour blindness, in light and dark. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#999999',
  '#332288',
]
export const CAPTURE_COLOUR = '#0072B2'
export const REFUND_COLOUR = '#D55E00'
export const VAT_COLOUR = '#E69F00'
