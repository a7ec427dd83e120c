package com.example.shop;

public record Item(String id, String name) {}
