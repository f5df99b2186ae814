const express = require("express");
express().listen(4000);
