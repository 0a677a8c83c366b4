/**
 * Series colours for the charts: a categorical palette (Tableau 10) whose neighbours stay apart
 * for the common colour-vision deficiencies, in the same order on every chart so a network keeps
 * its colour from one page to the next.
 */
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"]

export const seriesColor = (index: number) => PALETTE[index % PALETTE.length]
