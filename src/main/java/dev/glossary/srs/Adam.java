package dev.glossary.srs;

/** The Adam optimiser as fsrs-rs configures it (beta1 0.9, beta2 0.999, epsilon 1e-8), for 21 weights. */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] m = new double[Weights.COUNT];
    private final double[] v = new double[Weights.COUNT];
    private int time;

    void step(double rate, double[] w, double[] grad) {
        time++;
        double correction1 = 1 - Math.pow(BETA1, time);
        double correction2 = 1 - Math.pow(BETA2, time);
        for (int i = 0; i < w.length; i++) {
            m[i] = m[i] * BETA1 + grad[i] * (1 - BETA1);
            v[i] = v[i] * BETA2 + grad[i] * grad[i] * (1 - BETA2);
            w[i] -= rate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + EPSILON);
        }
    }
}
