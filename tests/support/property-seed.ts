/**
 * Property tests run with a fixed seed so CI is repeatable; set FC_SEED to explore other cases
 * (fast-check prints the seed and path of any counterexample it finds).
 */
export const propertySeed = Number(process.env.FC_SEED ?? 20261125);
