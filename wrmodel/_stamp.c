/* Timestamps in the API's form, compiled: an optional speedup of wrmodel.models._time.
 *
 * parse(text): a str of exactly the API's form, YYYY-MM-DDTHH:MM:SS.mmmZ, naming a real date
 * and time, becomes the DateTime class given to setup(), in UTC; anything else is handed to
 * the Python parser given to setup(), which decides (and raises what it raises).
 * format(value): a datetime whose tzinfo is the UTC object given to setup(), with whole
 * milliseconds and a year of four digits, is written as 2016-08-25T21:10:29.600Z; anything
 * else is handed to the Python formatter given to setup(), so the text is the same.
 *
 * Both paths give the same values, text and errors: tests/test_time.py runs them side by side
 * over arbitrary text and datetimes, and CI runs the whole suite on each
 * (WRMODEL_PURE_PYTHON=1 leaves this module out).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>

static PyObject *utc = NULL, *formatter = NULL, *datetime_class = NULL, *parser = NULL;

static PyObject *format(PyObject *self, PyObject *v) {
    if (utc != NULL && PyDateTime_Check(v) && ((PyDateTime_DateTime *)v)->hastzinfo
        && ((PyDateTime_DateTime *)v)->tzinfo == utc) {
        int us = PyDateTime_DATE_GET_MICROSECOND(v);
        int y = PyDateTime_GET_YEAR(v);
        if (us % 1000 == 0 && y >= 1000) {
            PyObject *s = PyUnicode_New(24, 127);
            if (s == NULL) return NULL;
            Py_UCS1 *b = PyUnicode_1BYTE_DATA(s);
            int ms = us / 1000, mo = PyDateTime_GET_MONTH(v), d = PyDateTime_GET_DAY(v);
            int h = PyDateTime_DATE_GET_HOUR(v), mi = PyDateTime_DATE_GET_MINUTE(v);
            int se = PyDateTime_DATE_GET_SECOND(v);
            b[0] = '0' + y / 1000; b[1] = '0' + y / 100 % 10;
            b[2] = '0' + y / 10 % 10; b[3] = '0' + y % 10;
            b[4] = '-'; b[5] = '0' + mo / 10; b[6] = '0' + mo % 10; b[7] = '-';
            b[8] = '0' + d / 10; b[9] = '0' + d % 10; b[10] = 'T';
            b[11] = '0' + h / 10; b[12] = '0' + h % 10; b[13] = ':';
            b[14] = '0' + mi / 10; b[15] = '0' + mi % 10; b[16] = ':';
            b[17] = '0' + se / 10; b[18] = '0' + se % 10; b[19] = '.';
            b[20] = '0' + ms / 100; b[21] = '0' + ms / 10 % 10; b[22] = '0' + ms % 10;
            b[23] = 'Z';
            return s;
        }
    }
    if (formatter == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "wrmodel._stamp.setup() was not called");
        return NULL;
    }
    return PyObject_CallOneArg(formatter, v);
}

/* The number of n digits at s[at], or -1 if one is not a digit. */
static int digits(const Py_UCS1 *s, int at, int n) {
    int value = 0;
    for (int i = at; i < at + n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

static int days_in(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

static PyObject *parse(PyObject *self, PyObject *t) {
    if (datetime_class != NULL && PyUnicode_CheckExact(t) && PyUnicode_IS_COMPACT_ASCII(t)
        && PyUnicode_GET_LENGTH(t) == 24) {
        const Py_UCS1 *s = PyUnicode_1BYTE_DATA(t);
        if (s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':'
            && s[19] == '.' && s[23] == 'Z') {
            int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
            int h = digits(s, 11, 2), mi = digits(s, 14, 2), se = digits(s, 17, 2);
            int ms = digits(s, 20, 3);
            if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= days_in(y, mo) && h >= 0
                && h <= 23 && mi >= 0 && mi <= 59 && se >= 0 && se <= 59 && ms >= 0)
                return PyDateTimeAPI->DateTime_FromDateAndTime(
                    y, mo, d, h, mi, se, ms * 1000, utc, (PyTypeObject *)datetime_class);
        }
    }
    if (parser == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "wrmodel._stamp.setup() was not called");
        return NULL;
    }
    return PyObject_CallOneArg(parser, t);
}

/* setup(utc, formatter, datetime_class, parser): what the fast paths make and hand on. */
static PyObject *setup(PyObject *self, PyObject *args) {
    PyObject *u, *f, *c, *p;
    if (!PyArg_ParseTuple(args, "OOO!O", &u, &f, &PyType_Type, &c, &p)) return NULL;
    if (!PyType_IsSubtype((PyTypeObject *)c, PyDateTimeAPI->DateTimeType)) {
        PyErr_SetString(PyExc_TypeError, "datetime_class must be a datetime class");
        return NULL;
    }
    Py_INCREF(u); Py_INCREF(f); Py_INCREF(c); Py_INCREF(p);
    Py_XSETREF(utc, u); Py_XSETREF(formatter, f);
    Py_XSETREF(datetime_class, c); Py_XSETREF(parser, p);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"format", format, METH_O, "The API's form of a datetime, or the formatter's text."},
    {"parse", parse, METH_O, "The DateTime of the API's form, or the parser's answer."},
    {"setup", setup, METH_VARARGS, "setup(utc, formatter, datetime_class, parser)"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "wrmodel._stamp", "Timestamps in the API's form, compiled.", -1,
    methods};

PyMODINIT_FUNC PyInit__stamp(void) {
    PyDateTime_IMPORT;
    return PyDateTimeAPI ? PyModule_Create(&module) : NULL;
}
