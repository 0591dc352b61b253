/* A timestamp in the API's form, in C: a prototype measured by benchmarks/helper.py, never
 * shipped (issue 19, item 3). A datetime whose tzinfo is the given UTC object, with whole
 * milliseconds and a four-digit year, is written here as 2016-08-25T21:10:29.600Z; anything
 * else is handed to the given fallback (wrmodel's own formatter), so the bytes are the same.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>

static PyObject *utc = NULL, *fallback = NULL;

static PyObject *api(PyObject *self, PyObject *v) {
    if (PyDateTime_Check(v) && ((PyDateTime_DateTime *)v)->hastzinfo
        && ((PyDateTime_DateTime *)v)->tzinfo == utc) {
        int us = PyDateTime_DATE_GET_MICROSECOND(v);
        if (us % 1000 == 0) {
            int y = PyDateTime_GET_YEAR(v);
            if (y >= 1000) {
                PyObject *s = PyUnicode_New(24, 127);
                if (!s) return NULL;
                Py_UCS1 *b = PyUnicode_1BYTE_DATA(s);
                int ms = us / 1000, mo = PyDateTime_GET_MONTH(v), d = PyDateTime_GET_DAY(v);
                int h = PyDateTime_DATE_GET_HOUR(v), mi = PyDateTime_DATE_GET_MINUTE(v);
                int se = PyDateTime_DATE_GET_SECOND(v);
                b[0] = '0' + y / 1000; b[1] = '0' + y / 100 % 10; b[2] = '0' + y / 10 % 10; b[3] = '0' + y % 10;
                b[4] = '-'; b[5] = '0' + mo / 10; b[6] = '0' + mo % 10; b[7] = '-';
                b[8] = '0' + d / 10; b[9] = '0' + d % 10; b[10] = 'T';
                b[11] = '0' + h / 10; b[12] = '0' + h % 10; b[13] = ':';
                b[14] = '0' + mi / 10; b[15] = '0' + mi % 10; b[16] = ':';
                b[17] = '0' + se / 10; b[18] = '0' + se % 10; b[19] = '.';
                b[20] = '0' + ms / 100; b[21] = '0' + ms / 10 % 10; b[22] = '0' + ms % 10; b[23] = 'Z';
                return s;
            }
        }
    }
    return PyObject_CallOneArg(fallback, v);
}

static PyObject *setup(PyObject *self, PyObject *args) {
    PyObject *u, *f;
    if (!PyArg_ParseTuple(args, "OO", &u, &f)) return NULL;
    Py_XDECREF(utc); Py_XDECREF(fallback);
    Py_INCREF(u); Py_INCREF(f);
    utc = u; fallback = f;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"api", api, METH_O, NULL}, {"setup", setup, METH_VARARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "stamp", NULL, -1, methods};
PyMODINIT_FUNC PyInit_stamp(void) {
    PyDateTime_IMPORT;
    return PyDateTimeAPI ? PyModule_Create(&mod) : NULL;
}
