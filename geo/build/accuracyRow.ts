export interface AccuracyRow { layer: string; reference: string; measure: string; value: string }
