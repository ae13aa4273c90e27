package org.rasp4j.transformer.model;

import java.util.Arrays;

/**
 * A dense matrix of doubles, row-major. The array is the matrix's own: the compiler builds it and
 * nothing writes to it afterwards.
 *
 * @param rows the number of rows
 * @param cols the number of columns
 * @param data {@code rows * cols} entries, row by row
 */
public record Matrix(int rows, int cols, double[] data) {
  /**
   * Checks the shape.
   *
   * @throws IllegalArgumentException when {@code data} does not hold {@code rows * cols} entries
   *
   * @param rows the record's {@code rows}
   * @param cols the record's {@code cols}
   * @param data the record's {@code data}
   */
  public Matrix {
    if (rows < 0 || cols < 0 || data.length != rows * cols) {
      throw new IllegalArgumentException(
          "a " + rows + "x" + cols + " matrix holds " + rows * cols + " entries, not " + data.length);
    }
  }

  /**
   * {@return a matrix of zeros}
   *
   * @param rows the number of rows
   * @param cols the number of columns
   */
  public static Matrix zeros(int rows, int cols) {
    return new Matrix(rows, cols, new double[rows * cols]);
  }

  /**
   * {@return the entry at a row and column}
   *
   * @param row the row
   * @param col the column
   */
  public double get(int row, int col) {
    return data[row * cols + col];
  }

  /**
   * {@return {@code x · this}: the row vector {@code x} (of {@link #rows()} entries) times this
   * matrix}
   *
   * @param x the row vector
   */
  public double[] leftMultiply(double[] x) {
    double[] out = new double[cols];
    for (int r = 0; r < rows; r++) {
      double xr = x[r];
      if (xr != 0) {
        int base = r * cols;
        for (int c = 0; c < cols; c++) {
          out[c] += xr * data[base + c];
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Matrix[" + rows + "x" + cols + "]";
  }
}
